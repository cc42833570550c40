# d04: news-wire sentences and headlines on trials, sanctions, trade disputes, summits, treaties and arrests in Latin America, East/Southeast Asia, Europe and the Caucasus; ambiguous forms (heads, rules, bars, votes, strikes, appeals, rulings, eyed) tagged by function.
Colombian/JJ president/NN heads/VBZ to/TO Caracas/NNP for/IN talks/NNS with/IN Maduro/NNP
The/DT visit/NN ,/, which/WDT was/VBD announced/VBN on/IN Sunday/NNP ,/, is/VBZ the/DT first/JJ by/IN a/DT Colombian/JJ leader/NN to/TO Venezuela/NNP in/IN seven/CD years/NNS ./.
Venezuela/NNP 's/POS Supreme/NNP Court/NNP ,/, which/WDT is/VBZ controlled/VBN by/IN government/NN loyalists/NNS ,/, certified/VBD Maduro/NNP 's/POS victory/NN after/IN what/WP it/PRP called/VBD an/DT exhaustive/JJ audit/NN ./.
Opposition/NN leaders/NNS dismissed/VBD the/DT ruling/NN as/IN a/DT farce/NN and/CC said/VBD they/PRP would/MD keep/VB pressing/VBG for/IN a/DT recount/NN ./.
Brazil/NNP 's/POS top/JJ court/NN rules/VBZ social/JJ media/NNS firms/NNS liable/JJ for/IN user/NN posts/NNS
Judges/NNS voted/VBD 8/CD to/TO 3/CD in/IN favour/NN of/IN the/DT ruling/NN ,/, which/WDT requires/VBZ platforms/NNS to/TO remove/VB illegal/JJ content/NN without/IN waiting/VBG for/IN a/DT court/NN order/NN ./.
The/DT United/NNP States/NNPS imposed/VBD a/DT 50/CD percent/NN tariff/NN on/IN most/JJS Brazilian/JJ goods/NNS ,/, citing/VBG what/WP it/PRP called/VBD a/DT witch/NN hunt/NN against/IN Bolsonaro/NNP ./.
Lula/NNP said/VBD Brazil/NNP would/MD not/RB bow/VB to/TO threats/NNS and/CC called/VBD the/DT tariffs/NNS blackmail/NN ./.
Mexico/NNP mulls/VBZ retaliatory/JJ tariffs/NNS on/IN U.S./NNP farm/NN goods/NNS
Mexican/JJ President/NNP Claudia/NNP Sheinbaum/NNP said/VBD she/PRP hoped/VBD to/TO reach/VB an/DT agreement/NN with/IN Washington/NNP before/IN the/DT deadline/NN ,/, but/CC she/PRP warned/VBD that/IN Mexico/NNP would/MD respond/VB if/IN talks/NNS failed/VBD ./.
Haiti/NNP 's/POS prime/JJ minister/NN heads/VBZ a/DT government/NN that/WDT controls/VBZ little/JJ of/IN the/DT capital/NN and/CC almost/RB none/NN of/IN the/DT countryside/NN ./.
The/DT U.N./NNP Security/NNP Council/NNP voted/VBD to/TO turn/VB the/DT Kenyan-led/JJ mission/NN into/IN a/DT larger/JJR force/NN with/IN powers/NNS to/TO arrest/VB gang/NN members/NNS ./.
Peru/NNP 's/POS Congress/NNP votes/VBZ to/TO remove/VB president/NN after/IN string/NN of/IN scandals/NNS
Lawmakers/NNS accused/VBD Boluarte/NNP of/IN "/" permanent/JJ moral/JJ incapacity/NN "/" ,/, a/DT phrase/NN that/WDT has/VBZ been/VBN used/VBN to/TO oust/VB several/JJ presidents/NNS since/IN 2000/CD ./.
Jose/NNP Jeri/NNP ,/, the/DT head/NN of/IN Congress/NNP ,/, was/VBD sworn/VBN in/RP as/IN president/NN shortly/RB after/IN midnight/NN ./.
Argentina/NNP 's/POS Milei/NNP eyes/VBZ free/JJ trade/NN deal/NN with/IN United/NNP States/NNPS
The/DT president/NN ,/, who/WP has/VBZ pledged/VBN to/TO shrink/VB the/DT state/NN ,/, hopes/VBZ a/DT deal/NN will/MD open/VB the/DT U.S./NNP market/NN to/TO Argentine/JJ beef/NN and/CC steel/NN ./.
China/NNP 's/POS commerce/NN ministry/NN said/VBD it/PRP would/MD take/VB "/" resolute/JJ countermeasures/NNS "/" if/IN Washington/NNP raised/VBD tariffs/NNS again/RB ./.
Beijing/NNP demands/VBZ Tokyo/NNP retract/VB remarks/NNS on/IN Taiwan/NNP
The/DT Japanese/JJ prime/JJ minister/NN had/VBD told/VBN parliament/NN that/IN a/DT Chinese/JJ attack/NN on/IN Taiwan/NNP could/MD threaten/VB Japan/NNP 's/POS survival/NN and/CC justify/VB a/DT military/JJ response/NN ./.
China/NNP advised/VBD its/PRP$ citizens/NNS not/RB to/TO travel/VB to/TO Japan/NNP and/CC suspended/VBD imports/NNS of/IN Japanese/JJ seafood/NN in/IN response/NN ./.
Taiwan/NNP 's/POS President/NNP Lai/NNP Ching-te/NNP stopped/VBD in/IN Hawaii/NNP during/IN a/DT tour/NN of/IN the/DT island/NN 's/POS diplomatic/JJ allies/NNS in/IN the/DT Pacific/NNP ,/, drawing/VBG an/DT angry/JJ response/NN from/IN Beijing/NNP ./.
The/DT Chinese/JJ army/NN launched/VBD large-scale/JJ drills/NNS around/IN Taiwan/NNP days/NNS after/IN Lai/NNP 's/POS inauguration/NN ,/, calling/VBG them/PRP punishment/NN for/IN separatist/JJ acts/NNS ./.
North/NNP Korea/NNP 's/POS Kim/NNP vows/VBZ to/TO boost/VB nuclear/JJ arsenal/NN "/" exponentially/RB "/"
Pyongyang/NNP launched/VBD a/DT military/JJ reconnaissance/NN satellite/NN in/IN November/NNP after/IN two/CD failed/VBN attempts/NNS earlier/RBR in/IN the/DT year/NN ./.
The/DT launch/NN was/VBD condemned/VBN by/IN the/DT United/NNP States/NNPS ,/, South/NNP Korea/NNP and/CC Japan/NNP ,/, which/WDT said/VBD it/PRP violated/VBD several/JJ U.N./NNP resolutions/NNS ./.
South/NNP Korea/NNP 's/POS new/JJ president/NN Lee/NNP Jae-myung/NNP ,/, who/WP won/VBD a/DT snap/JJ election/NN in/IN June/NNP ,/, said/VBD he/PRP would/MD seek/VB to/TO restore/VB dialogue/NN with/IN the/DT North/NNP ./.
His/PRP$ conservative/JJ rival/NN conceded/VBD defeat/NN early/RB on/IN Wednesday/NNP ./.
South/NNP Korea/NNP stopped/VBD loudspeaker/NN propaganda/NN broadcasts/NNS along/IN the/DT border/NN in/IN June/NNP ,/, saying/VBG it/PRP wanted/VBD to/TO ease/VB tensions/NNS with/IN the/DT North/NNP ./.
Japan/NNP 's/POS first/JJ female/JJ prime/JJ minister/NN ,/, Sanae/NNP Takaichi/NNP ,/, took/VBD office/NN in/IN October/NNP after/IN the/DT ruling/VBG party/NN formed/VBD a/DT coalition/NN with/IN a/DT smaller/JJR party/NN ./.
Philippine/JJ Vice/NNP President/NNP Sara/NNP Duterte/NNP was/VBD impeached/VBN by/IN the/DT House/NNP of/IN Representatives/NNPS ,/, but/CC the/DT Supreme/NNP Court/NNP later/RB ruled/VBD the/DT impeachment/NN unconstitutional/JJ ./.
She/PRP faces/VBZ charges/NNS of/IN misusing/VBG public/JJ funds/NNS and/CC of/IN threatening/VBG to/TO have/VB the/DT president/NN killed/VBN ,/, which/WDT she/PRP denies/VBZ ./.
Manila/NNP protests/VBZ Chinese/JJ flares/NNS fired/VBN at/IN Philippine/JJ aircraft/NN
Vietnam/NNP 's/POS Communist/NNP Party/NNP chief/NN ,/, who/WP previously/RB headed/VBD the/DT public/JJ security/NN ministry/NN ,/, has/VBZ launched/VBN a/DT sweeping/JJ plan/NN to/TO cut/VB the/DT number/NN of/IN ministries/NNS and/CC provinces/NNS ./.
Thousands/NNS of/IN civil/JJ servants/NNS will/MD lose/VB their/PRP$ jobs/NNS under/IN the/DT plan/NN ,/, according/VBG to/TO state/NN media/NNS ./.
Thailand/NNP 's/POS prime/JJ minister/NN called/VBD a/DT snap/JJ election/NN after/IN a/DT key/JJ coalition/NN partner/NN withdrew/VBD its/PRP$ support/NN ./.
A/DT Bangkok/NNP court/NN acquitted/VBD Thaksin/NNP of/IN insulting/VBG the/DT monarchy/NN ,/, ending/VBG a/DT case/NN that/WDT had/VBD hung/VBN over/IN the/DT former/JJ leader/NN for/IN years/NNS ./.
NATO/NNP allies/NNS agreed/VBD at/IN a/DT summit/NN in/IN The/DT Hague/NNP to/TO raise/VB their/PRP$ defence/NN spending/NN target/NN to/TO 5/CD percent/NN of/IN economic/JJ output/NN by/IN 2035/CD ./.
Spain/NNP refused/VBD to/TO commit/VB to/TO the/DT target/NN ,/, saying/VBG it/PRP would/MD meet/VB its/PRP$ obligations/NNS with/IN a/DT lower/JJR level/NN of/IN spending/NN ./.
The/DT European/NNP Union/NNP and/CC China/NNP held/VBD a/DT summit/NN in/IN Beijing/NNP to/TO mark/VB 50/CD years/NNS of/IN diplomatic/JJ ties/NNS ,/, but/CC the/DT talks/NNS produced/VBD few/JJ results/NNS ./.
EU/NNP officials/NNS said/VBD they/PRP had/VBD raised/VBN concerns/NNS about/IN China/NNP 's/POS support/NN for/IN Russia/NNP and/CC its/PRP$ export/NN controls/NNS on/IN rare/JJ earths/NNS ./.
Serbian/JJ police/NNS used/VBD tear/NN gas/NN and/CC stun/NN grenades/NNS against/IN protesters/NNS who/WP were/VBD demanding/VBG early/JJ elections/NNS ./.
Kosovo/NNP 's/POS lawmakers/NNS failed/VBD again/RB to/TO elect/VB a/DT parliament/NN speaker/NN ,/, prolonging/VBG a/DT political/JJ deadlock/NN that/WDT has/VBZ lasted/VBN for/IN months/NNS ./.
The/DT stalemate/NN has/VBZ left/VBN the/DT country/NN without/IN a/DT functioning/VBG government/NN since/IN the/DT February/NNP election/NN ./.
Eight/CD opposition/NN leaders/NNS were/VBD sentenced/VBN to/TO prison/NN terms/NNS for/IN refusing/VBG to/TO appear/VB before/IN a/DT parliamentary/JJ commission/NN investigating/VBG the/DT previous/JJ government/NN ./.
The/DT EU/NNP 's/POS foreign/JJ policy/NN chief/NN said/VBD the/DT arrests/NNS were/VBD a/DT sign/NN of/IN "/" democratic/JJ backsliding/NN "/" and/CC demanded/VBD the/DT release/NN of/IN all/DT political/JJ prisoners/NNS ./.
Armenia/NNP accuses/VBZ Azerbaijan/NNP of/IN shelling/VBG border/NN villages/NNS
Azerbaijani/JJ officials/NNS denied/VBD the/DT claim/NN and/CC said/VBD Armenian/JJ forces/NNS had/VBD opened/VBN fire/NN first/RB ./.
The/DT prime/JJ minister/NN of/IN Armenia/NNP and/CC the/DT president/NN of/IN Azerbaijan/NNP shook/VBD hands/NNS at/IN the/DT White/NNP House/NNP in/IN August/NNP and/CC initialled/VBD a/DT peace/NN agreement/NN ./.
The/DT deal/NN includes/VBZ a/DT transit/NN route/NN through/IN southern/JJ Armenia/NNP that/WDT will/MD link/VB Azerbaijan/NNP to/TO its/PRP$ exclave/NN of/IN Nakhchivan/NNP ./.
Moldova/NNP bars/VBZ pro-Russian/JJ parties/NNS from/IN parliamentary/JJ vote/NN
The/DT electoral/JJ commission/NN barred/VBD two/CD parties/NNS linked/VBN to/TO a/DT fugitive/JJ businessman/NN ,/, citing/VBG illegal/JJ financing/NN from/IN abroad/RB ./.
Ilan/NNP Shor/NNP ,/, who/WP was/VBD convicted/VBN of/IN fraud/NN in/IN Moldova/NNP and/CC now/RB lives/VBZ in/IN Moscow/NNP ,/, denies/VBZ any/DT wrongdoing/NN ./.
Poland/NNP 's/POS presidential/JJ election/NN was/VBD won/VBN by/IN a/DT conservative/JJ historian/NN backed/VBN by/IN the/DT Law/NNP and/CC Justice/NNP party/NN ,/, who/WP defeated/VBD the/DT liberal/JJ mayor/NN of/IN Warsaw/NNP in/IN a/DT run-off/NN ./.
Poland/NNP closes/VBZ Russian/JJ consulate/NN after/IN railway/NN sabotage/NN
Polish/JJ authorities/NNS said/VBD two/CD Ukrainians/NNPS working/VBG for/IN Russian/JJ intelligence/NN had/VBD blown/VBN up/RP a/DT section/NN of/IN the/DT railway/NN line/NN that/WDT carries/VBZ aid/NN to/TO Ukraine/NNP ./.
Hungarian/JJ Prime/NNP Minister/NNP Viktor/NNP Orban/NNP said/VBD EU/NNP membership/NN for/IN Ukraine/NNP would/MD destroy/VB the/DT bloc/NN and/CC drag/VB Europe/NNP into/IN a/DT war/NN with/IN Russia/NNP ./.
Opposition/NN leader/NN Peter/NNP Magyar/NNP ,/, whose/WP$ party/NN leads/VBZ in/IN most/JJS polls/NNS ,/, has/VBZ accused/VBN the/DT government/NN of/IN using/VBG state/NN media/NNS to/TO smear/VB him/PRP ./.
Venezuela/NNP freed/VBD ten/CD Americans/NNPS who/WP had/VBD been/VBN held/VBN in/IN its/PRP$ prisons/NNS as/IN part/NN of/IN an/DT exchange/NN negotiated/VBN by/IN U.S./NNP officials/NNS ./.
In/IN exchange/NN ,/, the/DT United/NNP States/NNPS sent/VBD back/RB to/TO Venezuela/NNP more/JJR than/IN 250/CD migrants/NNS who/WP had/VBD been/VBN deported/VBN to/TO a/DT prison/NN in/IN El/NNP Salvador/NNP ./.
The/DT U.S./NNP military/NN has/VBZ carried/VBN out/RP strikes/NNS on/IN boats/NNS that/WDT it/PRP says/VBZ were/VBD smuggling/VBG drugs/NNS from/IN Venezuela/NNP ,/, killing/VBG dozens/NNS of/IN people/NNS ./.
Caracas/NNP condemned/VBD the/DT strikes/NNS as/IN extrajudicial/JJ executions/NNS and/CC accused/VBD Washington/NNP of/IN preparing/VBG an/DT invasion/NN ./.
U.S./NNP strikes/VBZ Venezuelan/JJ boat/NN ,/, killing/VBG 11/CD
Colombia/NNP 's/POS president/NN Gustavo/NNP Petro/NNP had/VBD his/PRP$ U.S./NNP visa/NN revoked/VBN after/IN he/PRP addressed/VBD a/DT pro-Palestinian/JJ rally/NN in/IN New/NNP York/NNP ./.
Washington/NNP later/RB imposed/VBD sanctions/NNS on/IN Petro/NNP ,/, his/PRP$ wife/NN and/CC his/PRP$ son/NN ,/, accusing/VBG him/PRP of/IN failing/VBG to/TO curb/VB cocaine/NN production/NN ./.
Petro/NNP called/VBD the/DT sanctions/NNS a/DT paradox/NN and/CC said/VBD he/PRP had/VBD fought/VBN drug/NN trafficking/NN for/IN decades/NNS ./.
Bolsonaro/NNP was/VBD placed/VBN under/IN house/NN arrest/NN in/IN August/NNP for/IN violating/VBG court/NN orders/NNS ,/, and/CC the/DT Supreme/NNP Court/NNP later/RB sentenced/VBD him/PRP to/TO 27/CD years/NNS in/IN prison/NN ./.
His/PRP$ lawyers/NNS said/VBD they/PRP would/MD appeal/VB ,/, but/CC legal/JJ experts/NNS said/VBD the/DT appeals/NNS were/VBD unlikely/JJ to/TO succeed/VB ./.
Brazil/NNP hosted/VBD the/DT COP30/NNP climate/NN summit/NN in/IN the/DT Amazon/NNP city/NN of/IN Belem/NNP ,/, where/WRB Lula/NNP urged/VBD rich/JJ countries/NNS to/TO keep/VB their/PRP$ promises/NNS ./.
Mexico/NNP 's/POS new/JJ Supreme/NNP Court/NNP ,/, whose/WP$ judges/NNS were/VBD chosen/VBN in/IN the/DT first/JJ judicial/JJ election/NN ,/, was/VBD sworn/VBN in/RP on/IN Monday/NNP ./.
Turnout/NN in/IN the/DT vote/NN was/VBD only/RB about/RB 13/CD percent/NN ,/, and/CC critics/NNS said/VBD the/DT process/NN gave/VBD the/DT ruling/VBG party/NN control/NN of/IN the/DT courts/NNS ./.
Haitian/JJ gangs/NNS attack/VBP town/NN north/RB of/IN capital/NN ,/, killing/VBG dozens/NNS
Residents/NNS said/VBD gunmen/NNS set/VBD fire/NN to/TO houses/NNS and/CC shot/VBD people/NNS who/WP tried/VBD to/TO flee/VB ,/, and/CC the/DT police/NNS did/VBD not/RB arrive/VB until/IN the/DT next/JJ day/NN ./.
Peru/NNP 's/POS government/NN declared/VBD a/DT state/NN of/IN emergency/NN in/IN Lima/NNP and/CC sent/VBD soldiers/NNS into/IN the/DT streets/NNS as/IN a/DT wave/NN of/IN extortion/NN grew/VBD ./.
Transport/NN workers/NNS went/VBD on/IN strike/NN to/TO protest/VB against/IN killings/NNS of/IN bus/NN drivers/NNS by/IN gangs/NNS that/WDT demand/VBP protection/NN money/NN ./.
Argentina/NNP 's/POS Congress/NNP overturned/VBD the/DT president/NN 's/POS veto/NN of/IN a/DT law/NN that/WDT increases/VBZ funding/NN for/IN universities/NNS ,/, dealing/VBG him/PRP a/DT major/JJ defeat/NN ./.
The/DT opposition/NN now/RB hopes/VBZ to/TO block/VB more/JJR of/IN his/PRP$ reforms/NNS ,/, although/IN the/DT ruling/VBG party/NN gained/VBD seats/NNS in/IN the/DT October/NNP vote/NN ./.
Chinese/JJ President/NNP Xi/NNP Jinping/NNP and/CC Donald/NNP Trump/NNP ,/, his/PRP$ U.S./NNP counterpart/NN ,/, met/VBD in/IN South/NNP Korea/NNP on/IN the/DT sidelines/NNS of/IN a/DT regional/JJ summit/NN ./.
After/IN the/DT meeting/NN ,/, Washington/NNP said/VBD it/PRP would/MD cut/VB tariffs/NNS on/IN Chinese/JJ goods/NNS in/IN exchange/NN for/IN Beijing/NNP 's/POS pledge/NN to/TO curb/VB the/DT export/NN of/IN chemicals/NNS used/VBN to/TO make/VB fentanyl/NN ./.
China/NNP said/VBD it/PRP would/MD suspend/VB export/NN controls/NNS on/IN rare/JJ earths/NNS for/IN one/CD year/NN ,/, a/DT move/NN that/WDT was/VBD welcomed/VBN by/IN European/JJ manufacturers/NNS ./.
Taiwan/NNP 's/POS opposition/NN elects/VBZ new/JJ leader/NN who/WP favours/VBZ closer/JJR ties/NNS with/IN China/NNP
The/DT Kuomintang/NNP 's/POS new/JJ chairwoman/NN said/VBD she/PRP would/MD not/RB rule/VB out/RP meeting/VBG the/DT Chinese/JJ president/NN ./.
Taiwan/NNP lost/VBD another/DT diplomatic/JJ ally/NN when/WRB the/DT Pacific/NNP nation/NN of/IN Nauru/NNP switched/VBD recognition/NN to/TO Beijing/NNP ,/, leaving/VBG the/DT island/NN with/IN only/RB 12/CD formal/JJ allies/NNS ./.
North/NNP Korean/JJ soldiers/NNS were/VBD captured/VBN by/IN Ukrainian/JJ forces/NNS in/IN the/DT Kursk/NNP region/NN ,/, and/CC Seoul/NNP said/VBD it/PRP would/MD accept/VB them/PRP if/IN they/PRP asked/VBD to/TO defect/VB ./.
South/NNP Korean/JJ prosecutors/NNS indicted/VBD former/JJ president/NN Yoon/NNP on/IN charges/NNS of/IN leading/VBG an/DT insurrection/NN ./.
If/IN convicted/VBN ,/, he/PRP could/MD face/VB life/NN imprisonment/NN or/CC the/DT death/NN penalty/NN ./.
Yoon/NNP 's/POS wife/NN was/VBD arrested/VBN on/IN corruption/NN charges/NNS ,/, becoming/VBG the/DT first/JJ former/JJ first/JJ lady/NN to/TO be/VB jailed/VBN in/IN the/DT country/NN ./.
Japan/NNP ,/, South/NNP Korea/NNP leaders/NNS pledge/VBP to/TO deepen/VB ties/NNS
The/DT Japanese/JJ and/CC South/NNP Korean/JJ leaders/NNS agreed/VBD to/TO cooperate/VB on/IN issues/NNS ranging/VBG from/IN low/JJ birth/NN rates/NNS to/TO energy/NN security/NN ./.
The/DT Philippines/NNPS and/CC China/NNP traded/VBD accusations/NNS after/IN their/PRP$ vessels/NNS collided/VBD near/IN Scarborough/NNP Shoal/NNP ./.
A/DT Chinese/JJ navy/NN ship/NN struck/VBD a/DT Chinese/JJ coast/NN guard/NN vessel/NN while/IN it/PRP was/VBD chasing/VBG a/DT Philippine/JJ patrol/NN boat/NN ,/, according/VBG to/TO the/DT Philippine/JJ coast/NN guard/NN ./.
Vietnam/NNP and/CC Cambodia/NNP signed/VBD a/DT series/NN of/IN agreements/NNS on/IN trade/NN and/CC border/NN security/NN during/IN a/DT visit/NN by/IN the/DT Cambodian/JJ prime/JJ minister/NN to/TO Hanoi/NNP ./.
Thai/JJ parliament/NN backs/VBZ new/JJ prime/JJ minister/NN after/IN court/NN ruling/NN
Anutin/NNP Charnvirakul/NNP ,/, the/DT leader/NN of/IN the/DT Bhumjaithai/NNP party/NN ,/, won/VBD the/DT vote/NN after/IN promising/VBG to/TO dissolve/VB the/DT house/NN within/IN four/CD months/NNS ./.
The/DT European/NNP Commission/NNP unveiled/VBD a/DT plan/NN on/IN Tuesday/NNP to/TO phase/VB out/RP imports/NNS of/IN Russian/JJ gas/NN by/IN the/DT end/NN of/IN 2027/CD ./.
Hungary/NNP and/CC Slovakia/NNP said/VBD they/PRP would/MD challenge/VB the/DT plan/NN in/IN court/NN ,/, arguing/VBG that/IN it/PRP would/MD raise/VB energy/NN prices/NNS ./.
Serbia/NNP 's/POS NIS/NNP oil/NN company/NN ,/, which/WDT is/VBZ majority-owned/VBN by/IN Russian/JJ firms/NNS ,/, faces/VBZ U.S./NNP sanctions/NNS that/WDT could/MD shut/VB its/PRP$ only/JJ refinery/NN ./.
The/DT sanctions/NNS took/VBD effect/NN in/IN October/NNP after/IN several/JJ delays/NNS ,/, and/CC the/DT company/NN said/VBD its/PRP$ refinery/NN could/MD run/VB out/IN of/IN oil/NN within/IN weeks/NNS ./.
Kosovo/NNP 's/POS Serbs/NNPS boycotted/VBD local/JJ elections/NNS in/IN the/DT north/NN ,/, and/CC ethnic/JJ Albanian/JJ mayors/NNS were/VBD elected/VBN with/IN less/JJR than/IN 4/CD percent/NN turnout/NN ./.
NATO/NNP peacekeepers/NNS guarded/VBD the/DT town/NN halls/NNS after/IN Serbs/NNPS clashed/VBD with/IN police/NNS in/IN front/NN of/IN the/DT buildings/NNS ./.
The/DT clashes/NNS were/VBD condemned/VBN by/IN the/DT European/NNP Union/NNP ,/, which/WDT said/VBD Kosovo/NNP had/VBD ignored/VBN its/PRP$ calls/NNS to/TO avoid/VB escalation/NN ./.
Georgia/NNP 's/POS parliament/NN passes/VBZ law/NN restricting/VBG foreign/JJ grants/NNS
Under/IN the/DT law/NN ,/, foreign/JJ governments/NNS and/CC organisations/NNS will/MD have/VB to/TO obtain/VB approval/NN before/IN giving/VBG grants/NNS to/TO Georgian/JJ groups/NNS ./.
Critics/NNS said/VBD the/DT legislation/NN was/VBD designed/VBN to/TO shut/VB down/RP independent/JJ media/NNS and/CC civil/JJ society/NN ./.
Armenia/NNP plans/VBZ to/TO hold/VB a/DT referendum/NN on/IN a/DT new/JJ constitution/NN after/IN the/DT parliamentary/JJ election/NN in/IN 2026/CD ,/, officials/NNS said/VBD ./.
The/DT Armenian/JJ prime/JJ minister/NN ,/, who/WP supports/VBZ the/DT change/NN ,/, has/VBZ denied/VBN that/IN the/DT new/JJ constitution/NN is/VBZ being/VBG written/VBN at/IN Azerbaijan/NNP 's/POS demand/NN ./.
In/IN December/NNP 2023/CD ,/, Azerbaijan/NNP released/VBD 32/CD Armenian/JJ soldiers/NNS and/CC Armenia/NNP freed/VBD two/CD Azerbaijani/JJ servicemen/NNS in/IN an/DT exchange/NN that/WDT both/DT sides/NNS hailed/VBD as/IN a/DT step/NN toward/IN peace/NN ./.
Moldovan/JJ court/NN sentences/VBZ Gagauz/JJ leader/NN to/TO seven/CD years/NNS
Evghenia/NNP Gutul/NNP ,/, the/DT governor/NN of/IN the/DT autonomous/JJ region/NN of/IN Gagauzia/NNP ,/, was/VBD convicted/VBN of/IN channelling/VBG money/NN from/IN Russia/NNP to/TO a/DT banned/VBN party/NN ./.
Poland/NNP 's/POS foreign/JJ minister/NN ordered/VBD the/DT closure/NN of/IN the/DT last/JJ Russian/JJ consulate/NN in/IN the/DT country/NN ,/, in/IN Gdansk/NNP ./.
Moscow/NNP said/VBD it/PRP would/MD respond/VB by/IN reducing/VBG Poland/NNP 's/POS diplomatic/JJ presence/NN in/IN Russia/NNP ./.
Polish/JJ farmers/NNS end/VBP blockade/NN of/IN Ukrainian/JJ border/NN
Hungary/NNP has/VBZ become/VBN the/DT first/JJ member/NN of/IN the/DT European/NNP Union/NNP to/TO leave/VB the/DT International/NNP Criminal/NNP Court/NNP ./.
Budapest/NNP announced/VBD its/PRP$ withdrawal/NN from/IN the/DT court/NN while/IN the/DT Israeli/JJ prime/JJ minister/NN ,/, who/WP is/VBZ wanted/VBN on/IN an/DT ICC/NNP warrant/NN ,/, was/VBD visiting/VBG the/DT country/NN ./.
The/DT court/NN said/VBD Hungary/NNP remained/VBD obliged/VBN to/TO cooperate/VB with/IN it/PRP until/IN the/DT withdrawal/NN takes/VBZ effect/NN a/DT year/NN later/RB ./.
Chinese/JJ companies/NNS have/VBP long/RB eyed/VBN lithium/NN deposits/NNS in/IN northern/JJ Argentina/NNP ,/, and/CC several/JJ signed/VBD deals/NNS with/IN provincial/JJ governments/NNS last/JJ year/NN ./.
Police/NNS in/IN Caracas/NNP detained/VBD the/DT son-in-law/NN of/IN Edmundo/NNP Gonzalez/NNP ,/, the/DT opposition/NN 's/POS candidate/NN ,/, as/IN he/PRP was/VBD taking/VBG his/PRP$ children/NNS to/TO school/NN ,/, his/PRP$ family/NN said/VBD ./.
The/DT government/NN has/VBZ not/RB said/VBN where/WRB he/PRP is/VBZ being/VBG held/VBN or/CC what/WP charges/NNS he/PRP faces/VBZ ./.
Who/WP will/MD lead/VB the/DT opposition/NN if/IN Machado/NNP is/VBZ arrested/VBN is/VBZ a/DT question/NN that/WDT diplomats/NNS in/IN Caracas/NNP are/VBP quietly/RB discussing/VBG ./.
Machado/NNP ,/, who/WP has/VBZ been/VBN in/IN hiding/NN since/IN the/DT election/NN ,/, was/VBD awarded/VBN the/DT Nobel/NNP Peace/NNP Prize/NNP in/IN October/NNP ./.
Venezuela/NNP closes/VBZ embassy/NN in/IN Oslo/NNP after/IN Nobel/NNP award/NN
Colombia/NNP suspended/VBD purchases/NNS of/IN weapons/NNS from/IN the/DT United/NNP States/NNPS after/IN Washington/NNP decertified/VBD it/PRP as/IN a/DT partner/NN in/IN the/DT fight/NN against/IN drugs/NNS ./.
Colombian/JJ prosecutors/NNS charged/VBD former/JJ President/NNP Alvaro/NNP Uribe/NNP with/IN witness/NN tampering/NN ,/, and/CC a/DT judge/NN convicted/VBD him/PRP in/IN July/NNP ,/, the/DT first/JJ time/NN a/DT former/JJ president/NN had/VBD been/VBN found/VBN guilty/JJ ./.
A/DT higher/JJR court/NN later/RB overturned/VBD the/DT conviction/NN ,/, and/CC Uribe/NNP ,/, who/WP had/VBD always/RB said/VBN he/PRP was/VBD innocent/JJ ,/, thanked/VBD his/PRP$ supporters/NNS ./.
Two/CD earlier/JJR rulings/NNS in/IN the/DT case/NN had/VBD been/VBN annulled/VBN on/IN procedural/JJ grounds/NNS ./.
Mexican/JJ authorities/NNS seized/VBD more/JJR than/IN a/DT tonne/NN of/IN fentanyl/NN in/IN the/DT state/NN of/IN Sinaloa/NNP ,/, the/DT largest/JJS such/JJ seizure/NN in/IN the/DT country/NN 's/POS history/NN ,/, the/DT security/NN minister/NN said/VBD ./.
"/" We/PRP are/VBP not/RB going/VBG to/TO allow/VB any/DT foreign/JJ interference/NN ,/, "/" Sheinbaum/NNP told/VBD her/PRP$ morning/NN news/NN conference/NN ./.
The/DT United/NNP States/NNPS designated/VBD several/JJ Mexican/JJ cartels/NNS as/IN terrorist/JJ organisations/NNS ,/, a/DT step/NN that/WDT Mexico/NNP feared/VBD could/MD be/VB used/VBN to/TO justify/VB military/JJ action/NN on/IN its/PRP$ soil/NN ./.
Three/CD members/NNS of/IN Haiti/NNP 's/POS presidential/JJ council/NN were/VBD accused/VBN of/IN demanding/VBG bribes/NNS from/IN a/DT state/NN bank/NN director/NN in/IN exchange/NN for/IN keeping/VBG him/PRP in/IN his/PRP$ job/NN ./.
They/PRP denied/VBD the/DT accusations/NNS and/CC refused/VBD to/TO step/VB down/RP ./.
A/DT court/NN in/IN Lima/NNP jailed/VBD former/JJ Peruvian/JJ president/NN Martin/NNP Vizcarra/NNP for/IN bribery/NN on/IN Wednesday/NNP ./.
Vizcarra/NNP ,/, who/WP was/VBD removed/VBN by/IN Congress/NNP in/IN 2020/CD ,/, was/VBD sentenced/VBN to/TO 14/CD years/NNS for/IN taking/VBG bribes/NNS while/IN he/PRP was/VBD a/DT regional/JJ governor/NN ./.
Argentina/NNP 's/POS peso/NN falls/VBZ as/IN investors/NNS fear/VBP midterm/JJ defeat/NN
The/DT U.S./NNP Treasury/NNP agreed/VBD a/DT 20/CD billion/CD dollar/NN currency/NN swap/NN with/IN Argentina/NNP 's/POS central/JJ bank/NN ,/, and/CC the/DT Treasury/NNP secretary/NN said/VBD Washington/NNP would/MD do/VB "/" whatever/WDT is/VBZ needed/VBN "/" ./.
Chinese/JJ authorities/NNS detained/VBD a/DT Japanese/JJ employee/NN of/IN a/DT pharmaceutical/JJ company/NN on/IN suspicion/NN of/IN spying/VBG ,/, Tokyo/NNP said/VBD ./.
A/DT Beijing/NNP court/NN sentenced/VBD him/PRP to/TO three/CD and/CC a/DT half/NN years/NNS in/IN prison/NN ,/, a/DT ruling/NN that/WDT Japan/NNP called/VBD regrettable/JJ ./.
Japan/NNP 's/POS foreign/JJ ministry/NN asked/VBD for/IN his/PRP$ early/JJ release/NN ,/, but/CC its/PRP$ appeals/NNS have/VBP so/RB far/RB been/VBN ignored/VBN ./.
Taiwan/NNP charges/VBZ former/JJ aides/NNS of/IN opposition/NN politician/NN with/IN spying/VBG for/IN China/NNP
Taiwan/NNP 's/POS military/JJ court/NN sentenced/VBD several/JJ soldiers/NNS for/IN leaking/VBG secrets/NNS to/TO Beijing/NNP ,/, the/DT defence/NN ministry/NN said/VBD ./.
North/NNP Korea/NNP tested/VBD a/DT new/JJ intercontinental/JJ missile/NN on/IN Thursday/NNP ,/, days/NNS before/IN the/DT ruling/VBG party/NN was/VBD due/JJ to/TO hold/VB a/DT congress/NN ./.
North/NNP Korea/NNP said/VBD the/DT missile/NN ,/, which/WDT flew/VBD for/IN 86/CD minutes/NNS ,/, was/VBD its/PRP$ most/JJS powerful/JJ weapon/NN and/CC showed/VBD its/PRP$ will/NN to/TO respond/VB to/TO threats/NNS ./.
Seoul/NNP and/CC Washington/NNP agree/VBP on/IN tariff/NN deal/NN after/IN months/NNS of/IN talks/NNS
South/NNP Korea/NNP pledged/VBD to/TO invest/VB 350/CD billion/CD dollars/NNS in/IN the/DT United/NNP States/NNPS ,/, and/CC Washington/NNP agreed/VBD to/TO lower/VB tariffs/NNS on/IN South/NNP Korean/JJ cars/NNS to/TO 15/CD percent/NN ./.
Komeito/NNP ,/, the/DT Liberal/NNP Democratic/NNP Party/NNP 's/POS coalition/NN partner/NN for/IN 26/CD years/NNS ,/, ended/VBD the/DT alliance/NN after/IN the/DT two/CD parties/NNS disagreed/VBD over/IN a/DT political/JJ funding/NN scandal/NN ./.
Philippine/JJ President/NNP Ferdinand/NNP Marcos/NNP Jr./NNP has/VBZ ordered/VBN an/DT investigation/NN into/IN flood/NN control/NN projects/NNS after/IN reports/NNS that/IN billions/NNS of/IN pesos/NNS were/VBD stolen/VBN ./.
Protesters/NNS who/WP marched/VBD in/IN Manila/NNP demanded/VBD the/DT arrest/NN of/IN lawmakers/NNS and/CC contractors/NNS linked/VBN to/TO the/DT scandal/NN ./.
Vietnam/NNP cuts/VBZ number/NN of/IN provinces/NNS by/IN half/NN in/IN sweeping/JJ overhaul/NN
Thailand/NNP 's/POS Constitutional/NNP Court/NNP dissolved/VBD the/DT opposition/NN Move/NNP Forward/NNP party/NN ,/, which/WDT won/VBD the/DT most/JJS seats/NNS in/IN the/DT 2023/CD election/NN ,/, and/CC banned/VBD its/PRP$ leaders/NNS from/IN politics/NNS for/IN ten/CD years/NNS ./.
The/DT party/NN had/VBD campaigned/VBN to/TO amend/VB a/DT law/NN that/WDT punishes/VBZ criticism/NN of/IN the/DT monarchy/NN ./.
The/DT European/NNP Union/NNP and/CC Japan/NNP signed/VBD a/DT security/NN and/CC defence/NN partnership/NN that/WDT covers/VBZ maritime/JJ security/NN ,/, cyber/NN threats/NNS and/CC arms/NNS control/NN ./.
The/DT European/NNP Commission/NNP has/VBZ launched/VBN legal/JJ action/NN against/IN Hungary/NNP over/IN a/DT law/NN that/WDT it/PRP says/VBZ violates/VBZ the/DT rights/NNS of/IN gay/JJ people/NNS ./.
Serbian/JJ President/NNP Aleksandar/NNP Vucic/NNP did/VBD not/RB attend/VB the/DT EU/NNP summit/NN in/IN Brussels/NNP ,/, saying/VBG he/PRP had/VBD more/RBR important/JJ obligations/NNS at/IN home/NN ./.
Kosovo/NNP 's/POS ruling/VBG party/NN won/VBD the/DT most/JJS votes/NNS in/IN the/DT parliamentary/JJ election/NN but/CC fell/VBD short/JJ of/IN a/DT majority/NN ,/, the/DT election/NN commission/NN said/VBD ./.
Serbia/NNP and/CC Kosovo/NNP trade/VBP accusations/NNS over/IN attack/NN on/IN canal/NN
Kosovo/NNP blamed/VBD Serbia/NNP for/IN an/DT explosion/NN that/WDT damaged/VBD a/DT canal/NN supplying/VBG water/NN to/TO power/NN plants/NNS ,/, but/CC Belgrade/NNP denied/VBD any/DT involvement/NN ./.
Georgia/NNP 's/POS president/NN refuses/VBZ to/TO sign/VB foreign/JJ agents/NNS law/NN
Parliament/NN overrode/VBD the/DT veto/NN weeks/NNS later/RB ,/, and/CC the/DT law/NN took/VBD effect/NN in/IN June/NNP ./.
Armenian/JJ authorities/NNS arrested/VBD the/DT Russian-Armenian/JJ billionaire/NN Samvel/NNP Karapetyan/NNP after/IN he/PRP said/VBD he/PRP would/MD defend/VB the/DT church/NN against/IN the/DT prime/JJ minister/NN ./.
Azerbaijan/NNP 's/POS leader/NN accuses/VBZ Moscow/NNP of/IN covering/VBG up/RP plane/NN crash/NN
An/DT Azerbaijan/NNP Airlines/NNPS passenger/NN jet/NN crashed/VBD in/IN Kazakhstan/NNP in/IN December/NNP ,/, killing/VBG 38/CD people/NNS ,/, after/IN it/PRP was/VBD hit/VBN by/IN Russian/JJ air/NN defence/NN fire/NN ./.
The/DT Russian/JJ president/NN apologised/VBD for/IN the/DT "/" tragic/JJ incident/NN "/" but/CC did/VBD not/RB admit/VB responsibility/NN ./.
Moldova/NNP votes/VBZ narrowly/RB in/IN favour/NN of/IN EU/NNP membership/NN
The/DT yes/NN campaign/NN won/VBD by/IN about/RB 50.4/CD percent/NN ,/, a/DT far/RB smaller/JJR margin/NN than/IN the/DT government/NN had/VBD expected/VBN ./.
Poland/NNP 's/POS parliament/NN voted/VBD to/TO allow/VB the/DT temporary/JJ suspension/NN of/IN the/DT right/NN to/TO asylum/NN on/IN the/DT border/NN with/IN Belarus/NNP ./.
Rights/NNS groups/NNS said/VBD the/DT measure/NN breaches/VBZ European/JJ and/CC international/JJ law/NN ./.
Hungary/NNP 's/POS sovereignty/NN protection/NN office/NN ,/, set/VBN up/RP in/IN 2023/CD ,/, has/VBZ investigated/VBN independent/JJ journalists/NNS and/CC anti-corruption/JJ groups/NNS ./.
The/DT office/NN 's/POS head/NN said/VBD the/DT groups/NNS were/VBD serving/VBG foreign/JJ interests/NNS ,/, a/DT charge/NN they/PRP rejected/VBD ./.
Visits/NNS by/IN Japanese/JJ ministers/NNS to/TO the/DT Yasukuni/NNP shrine/NN ,/, which/WDT honours/VBZ war/NN criminals/NNS among/IN the/DT dead/JJ ,/, have/VBP long/RB angered/VBN Beijing/NNP and/CC Seoul/NNP ./.
Maduro/NNP offers/VBZ talks/NNS with/IN Washington/NNP as/IN U.S./NNP warships/NNS gather/VBP
At/IN least/JJS 80/CD people/NNS were/VBD killed/VBN in/IN fighting/NN between/IN ELN/NNP rebels/NNS and/CC former/JJ FARC/NNP fighters/NNS in/IN the/DT Catatumbo/NNP region/NN ,/, prompting/VBG Petro/NNP to/TO suspend/VB peace/NN talks/NNS ./.
More/JJR than/IN 50,000/CD people/NNS have/VBP been/VBN displaced/VBN by/IN the/DT violence/NN ,/, the/DT government/NN said/VBD ./.
Brazil/NNP 's/POS Congress/NNP approved/VBD a/DT bill/NN that/WDT would/MD reduce/VB prison/NN sentences/NNS for/IN people/NNS convicted/VBN over/IN the/DT January/NNP 2023/CD riots/NNS in/IN Brasilia/NNP ./.
The/DT riots/NNS ,/, in/IN which/WDT Bolsonaro/NNP 's/POS supporters/NNS stormed/VBD the/DT presidential/JJ palace/NN ,/, Congress/NNP and/CC the/DT Supreme/NNP Court/NNP ,/, were/VBD compared/VBN to/TO the/DT attack/NN on/IN the/DT U.S./NNP Capitol/NNP ./.
The/DT results/NNS of/IN Mexico/NNP 's/POS judicial/JJ election/NN sparked/VBD concern/NN among/IN investors/NNS ,/, who/WP feared/VBD the/DT courts/NNS would/MD lose/VB their/PRP$ independence/NN ./.
Haiti/NNP 's/POS new/JJ prime/JJ minister/NN pledges/VBZ to/TO hold/VB elections/NNS
Peru/NNP 's/POS Congress/NNP passed/VBD an/DT amnesty/NN law/NN for/IN soldiers/NNS and/CC police/NNS accused/VBN of/IN human/JJ rights/NNS abuses/NNS during/IN the/DT conflict/NN with/IN the/DT Shining/NNP Path/NNP ./.
The/DT Inter-American/NNP Court/NNP of/IN Human/NNP Rights/NNPS had/VBD asked/VBN Peru/NNP not/RB to/TO apply/VB the/DT law/NN ,/, but/CC the/DT president/NN signed/VBD it/PRP anyway/RB ./.
Milei/NNP named/VBD a/DT new/JJ cabinet/NN chief/NN after/IN his/PRP$ party/NN 's/POS election/NN win/NN ,/, replacing/VBG an/DT official/NN who/WP had/VBD been/VBN in/IN the/DT post/NN for/IN less/JJR than/IN a/DT year/NN ./.
Beijing/NNP imposes/VBZ sanctions/NNS on/IN U.S./NNP defence/NN firms/NNS over/IN Taiwan/NNP arms/NNS sales/NNS
The/DT sanctions/NNS freeze/VBP any/DT assets/NNS the/DT companies/NNS hold/VBP in/IN China/NNP and/CC bar/VBP their/PRP$ executives/NNS from/IN entering/VBG the/DT country/NN ./.
Taiwan/NNP and/CC China/NNP have/VBP been/VBN ruled/VBN separately/RB since/IN 1949/CD ,/, when/WRB the/DT defeated/VBN Nationalists/NNPS fled/VBD to/TO the/DT island/NN ./.
North/NNP and/CC South/NNP Korea/NNP have/VBP technically/RB remained/VBN at/IN war/NN since/IN 1953/CD because/IN the/DT conflict/NN ended/VBD in/IN an/DT armistice/NN ,/, not/RB a/DT peace/NN treaty/NN ./.
Kim/NNP Jong/NNP Un/NNP attended/VBD a/DT military/JJ parade/NN in/IN Beijing/NNP alongside/IN Xi/NNP Jinping/NNP and/CC Vladimir/NNP Putin/NNP ,/, his/PRP$ first/JJ multilateral/JJ appearance/NN since/IN taking/VBG power/NN ./.
Tokyo/NNP lodged/VBD a/DT protest/NN after/IN Chinese/JJ fighter/NN jets/NNS locked/VBD their/PRP$ radar/NN on/IN Japanese/JJ aircraft/NN over/IN international/JJ waters/NNS ./.
The/DT Japanese/JJ defence/NN minister/NN called/VBD the/DT incident/NN dangerous/JJ and/CC said/VBD it/PRP went/VBD beyond/IN what/WP was/VBD necessary/JJ for/IN safe/JJ flight/NN ./.
Philippine/JJ President/NNP Ferdinand/NNP Marcos/NNP Jr./NNP said/VBD his/PRP$ country/NN would/MD inevitably/RB be/VB drawn/VBN into/IN any/DT war/NN over/IN Taiwan/NNP because/IN of/IN its/PRP$ location/NN ./.
Vietnam/NNP 's/POS party/NN leader/NN held/VBD talks/NNS with/IN Chinese/JJ President/NNP Xi/NNP Jinping/NNP in/IN Hanoi/NNP ,/, and/CC the/DT two/CD sides/NNS signed/VBD agreements/NNS on/IN railway/NN links/NNS ./.
Thai/JJ and/CC Cambodian/JJ leaders/NNS signed/VBD a/DT peace/NN declaration/NN in/IN Kuala/NNP Lumpur/NNP in/IN the/DT presence/NN of/IN the/DT U.S./NNP president/NN ./.
Thailand/NNP later/RB suspended/VBD the/DT declaration/NN after/IN a/DT landmine/NN wounded/VBD Thai/JJ soldiers/NNS near/IN the/DT border/NN ./.
EU/NNP threatens/VBZ to/TO suspend/VB visa-free/JJ travel/NN for/IN Georgians/NNPS
Brussels/NNP said/VBD it/PRP would/MD consider/VB the/DT step/NN unless/IN Tbilisi/NNP reversed/VBD laws/NNS that/WDT it/PRP said/VBD undermined/VBD democracy/NN ./.
NATO/NNP scrambles/VBZ jets/NNS after/IN Russian/JJ drones/NNS enter/VBP Polish/JJ airspace/NN
Polish/JJ and/CC allied/JJ aircraft/NN shot/VBD down/RP several/JJ drones/NNS ,/, the/DT first/JJ time/NN a/DT NATO/NNP member/NN had/VBD fired/VBN on/IN Russian/JJ assets/NNS since/IN the/DT war/NN began/VBD ./.
Poland/NNP invoked/VBD Article/NNP 4/CD of/IN the/DT NATO/NNP treaty/NN ,/, which/WDT allows/VBZ members/NNS to/TO request/VB consultations/NNS when/WRB they/PRP feel/VBP threatened/VBN ./.
Brussels/NNP hopes/VBZ to/TO conclude/VB membership/NN talks/NNS with/IN Montenegro/NNP by/IN 2026/CD ,/, while/IN the/DT bids/NNS of/IN Serbia/NNP and/CC Georgia/NNP have/VBP stalled/VBN ./.
Armenia/NNP wants/VBZ to/TO normalise/VB relations/NNS with/IN Turkey/NNP ,/, and/CC the/DT two/CD countries/NNS have/VBP agreed/VBN to/TO open/VB their/PRP$ border/NN to/TO holders/NNS of/IN diplomatic/JJ passports/NNS ./.
Hungary/NNP 's/POS foreign/JJ minister/NN said/VBD Budapest/NNP would/MD veto/VB any/DT EU/NNP decision/NN to/TO use/VB frozen/VBN Russian/JJ assets/NNS to/TO fund/VB Ukraine/NNP ./.
Moldova/NNP 's/POS president/NN signed/VBD a/DT decree/NN that/WDT ends/VBZ a/DT state/NN of/IN emergency/NN in/IN the/DT energy/NN sector/NN ,/, which/WDT had/VBD been/VBN in/IN place/NN since/IN January/NNP ./.
Venezuela/NNP 's/POS opposition/NN calls/VBZ for/IN protests/NNS as/IN Maduro/NNP is/VBZ sworn/VBN in/RP for/IN third/JJ term/NN
Maduro/NNP was/VBD sworn/VBN in/RP for/IN a/DT third/JJ six-year/JJ term/NN in/IN January/NNP despite/IN international/JJ criticism/NN ,/, and/CC the/DT European/NNP Union/NNP said/VBD he/PRP lacked/VBD democratic/JJ legitimacy/NN ./.
